<?php
// Profile page.
