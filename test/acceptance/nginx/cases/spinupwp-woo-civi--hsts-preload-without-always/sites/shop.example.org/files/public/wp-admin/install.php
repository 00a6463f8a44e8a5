<?php
// wp-admin install
