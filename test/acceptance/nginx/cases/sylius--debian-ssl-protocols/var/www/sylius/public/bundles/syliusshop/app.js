/* bundle asset (placeholder) */
