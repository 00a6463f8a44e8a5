<?php
// wp-includes version
