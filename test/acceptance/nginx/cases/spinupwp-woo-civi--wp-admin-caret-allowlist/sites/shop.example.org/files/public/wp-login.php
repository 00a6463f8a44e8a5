<?php
// WordPress wp-login
