<?php // placeholder: wp-admin/index.php
