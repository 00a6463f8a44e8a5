<?php
// WordPress wp-mail
