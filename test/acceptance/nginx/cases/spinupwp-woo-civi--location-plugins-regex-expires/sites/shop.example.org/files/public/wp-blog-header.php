<?php
// WordPress wp-blog-header
