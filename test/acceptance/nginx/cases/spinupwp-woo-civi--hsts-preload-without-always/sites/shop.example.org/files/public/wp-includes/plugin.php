<?php
// wp-includes plugin
