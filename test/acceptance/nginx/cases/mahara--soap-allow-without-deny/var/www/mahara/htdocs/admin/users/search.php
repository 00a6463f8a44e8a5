<?php
// User search.
