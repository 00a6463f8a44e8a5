<?php
// WordPress wp-comments-post
