"""The yearly cycle around the report: templates for departments, validation, comparing rounds."""
