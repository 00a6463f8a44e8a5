<?php
/* Plugin Name: WooCommerce */
