<?php
// WordPress wp-config-sample
