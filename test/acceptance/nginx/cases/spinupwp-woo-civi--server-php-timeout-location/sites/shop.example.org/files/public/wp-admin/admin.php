<?php
// wp-admin admin
