<?php
// wp-admin admin-ajax
