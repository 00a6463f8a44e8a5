<?php
// WordPress wp-activate
