<!DOCTYPE html><title>Shop</title>
