<?php
namespace Symfony\Component\HttpFoundation;
