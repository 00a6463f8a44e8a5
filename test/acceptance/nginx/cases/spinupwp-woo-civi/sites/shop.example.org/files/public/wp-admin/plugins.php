<?php
// wp-admin plugins
