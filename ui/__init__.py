"""The Qt desktop interface: widgets, view models, and glue that calls the domain."""
