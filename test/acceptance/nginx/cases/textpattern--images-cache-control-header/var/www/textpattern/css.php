<?php
// Serves the stylesheets kept in the database (css.php?n=default)
