<?php /* WordPress */ $wp_version = "6.6.2";
