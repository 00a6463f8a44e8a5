<?php
// Plugin Name: Sample Toolbar
