<?php
// wp-admin index
