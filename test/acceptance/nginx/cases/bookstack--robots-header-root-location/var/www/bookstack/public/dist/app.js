/* BookStack bundle (placeholder) */
