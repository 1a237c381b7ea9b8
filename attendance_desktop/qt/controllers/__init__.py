"""Controllers decide: they call the service through the TaskRunner and feed the views."""
