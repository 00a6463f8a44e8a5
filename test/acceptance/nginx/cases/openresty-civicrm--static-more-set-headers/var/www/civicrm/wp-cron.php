<?php // placeholder: wp-cron.php
