/* placeholder: merged stylesheet Matomo wrote to tmp/assets */
