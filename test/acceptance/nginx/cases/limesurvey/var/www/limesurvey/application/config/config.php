<?php // database connection, urlFormat path (placeholder)
