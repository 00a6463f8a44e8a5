<?php
// WordPress wp-settings
