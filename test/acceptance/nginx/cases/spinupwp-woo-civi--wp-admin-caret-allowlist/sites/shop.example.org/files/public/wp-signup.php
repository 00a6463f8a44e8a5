<?php
// WordPress wp-signup
