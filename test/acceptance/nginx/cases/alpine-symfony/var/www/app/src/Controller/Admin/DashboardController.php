<?php // placeholder: back-office dashboard controller, route /admin
