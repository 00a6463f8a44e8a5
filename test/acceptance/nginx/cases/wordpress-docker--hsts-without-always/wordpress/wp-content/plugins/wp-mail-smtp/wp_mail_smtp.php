<?php
/* Plugin Name: WP Mail SMTP */
