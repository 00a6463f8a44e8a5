<?php
// file manager
