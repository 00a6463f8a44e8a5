<?php
// wp-includes class-wp-query
