<?php
// WordPress wp-trackback
