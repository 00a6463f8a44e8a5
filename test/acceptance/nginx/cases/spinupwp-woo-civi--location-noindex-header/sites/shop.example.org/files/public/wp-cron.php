<?php
// WordPress wp-cron
