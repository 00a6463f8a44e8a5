<?php // generates the REST API description from the command line (placeholder)
