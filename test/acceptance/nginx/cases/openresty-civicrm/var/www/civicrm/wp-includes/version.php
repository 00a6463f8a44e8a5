<?php // placeholder: wp-includes/version.php
