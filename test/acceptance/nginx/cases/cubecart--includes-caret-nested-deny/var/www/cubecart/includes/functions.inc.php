<?php
// helper functions
