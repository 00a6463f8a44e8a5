<?php $wp_version = '6.5.3';
