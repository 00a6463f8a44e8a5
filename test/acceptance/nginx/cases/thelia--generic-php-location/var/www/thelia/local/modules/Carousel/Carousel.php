<?php
namespace Carousel;

class Carousel
{
}
