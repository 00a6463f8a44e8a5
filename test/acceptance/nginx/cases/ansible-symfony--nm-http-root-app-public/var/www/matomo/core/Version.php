<?php // placeholder: Matomo core/Version.php
