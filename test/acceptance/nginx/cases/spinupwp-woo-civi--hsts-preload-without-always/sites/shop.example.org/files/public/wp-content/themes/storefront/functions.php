<?php
// Storefront
