<?php // placeholder: wp-content/index.php
