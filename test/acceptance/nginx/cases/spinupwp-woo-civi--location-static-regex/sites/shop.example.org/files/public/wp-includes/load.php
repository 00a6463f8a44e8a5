<?php
// wp-includes load
