<?php
// wp-includes functions
