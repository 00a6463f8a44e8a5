<?php
add_action( 'after_setup_theme', 'twentytwentyfive_setup' );
