<?php // placeholder: wp-settings.php
