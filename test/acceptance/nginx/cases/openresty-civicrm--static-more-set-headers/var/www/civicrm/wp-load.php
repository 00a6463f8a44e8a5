<?php // placeholder: wp-load.php
